"""Rule packs: YAML files of wording rules, validated on load, that a council can extend.

A rule names the taxonomy code it reports, its patterns (regex, spaCy phrase or token patterns),
exceptions (terms of art that look like faults), a ConText-style `context` saying which provision
elements, when present in the same item, suppress or soften it, and examples it must flag and
must pass (run by one parametrised test).

Long regexes are built from named, reusable parts: a pack's `tokens` maps a name to a regex fragment
(or a list of alternatives), and a pattern, exception or rewrite `find` writes `{{name}}` where the
fragment goes. Every regex and every token is at most 120 characters as written, so a council officer
can read each one; unknown names and cycles are load errors. Every rule has a one-line `description`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from .taxonomy import SEVERITIES, taxonomy

ELEMENT_NAMES = {"amount", "frequency", "duration", "staff", "qualification", "group", "small_group",
                 "where", "review", "therapy", "support", "programme", "programme_content", "quantified",
                 "timebound", "measure"}
_RULE_KEYS = {"id", "code", "severity", "sections", "message", "suggestion", "basis", "patterns",
              "exceptions", "context", "examples", "description", "rewrite"}
_PATTERN_KEYS = {"name", "regex", "phrase", "tokens", "case_sensitive"}
_CONTEXT_KEYS = {"suppress_if_all", "suppress_if_any", "lower_if_all", "lower_if_any", "lower_to",
                 "require_any"}
_PACK_KEYS = {"pack", "version", "description", "tokens", "rules"}
MAX_PATTERN_CHARS = 120  # a regex a person can read: longer ones are built from named tokens
TOKEN_REF = re.compile(r"\{\{(\w+)\}\}")  # {{name}}: cannot be confused with a {2,3} quantifier


class RulePackError(ValueError):
    """A rule pack that cannot be used; the message names the file, the rule and the problem."""


@dataclass(frozen=True)
class Pattern:
    name: str = ""  # shown in a finding's explanation; defaults to "<rule id>#<n>"
    regex: re.Pattern | None = None
    phrase: str | None = None
    tokens: tuple | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    code: str
    severity: str
    sections: tuple[str, ...]
    message: str
    suggestion: str
    basis: tuple[str, ...]
    patterns: tuple[Pattern, ...]
    exceptions: tuple[re.Pattern, ...]
    context: dict
    flag_examples: tuple[str, ...]
    pass_examples: tuple[str, ...]
    pack: str
    version: str
    rewrite: tuple[tuple[re.Pattern, str], ...] = ()  # how the rewrite template drops this fault
    description: str = ""

    @property
    def source(self) -> str:
        return f"rule:{self.pack}/{self.id}@{self.version}"


@dataclass
class RulePack:
    name: str
    version: str
    rules: list[Rule] = field(default_factory=list)


def builtin_pack_paths() -> list[Path]:
    folder = resources.files("nlp").joinpath("rules/packs")
    return sorted(Path(str(p)) for p in folder.iterdir() if str(p).endswith((".yaml", ".yml")))


def load_pack(path: str | Path) -> RulePack:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise RulePackError(f"{path}: cannot read rule pack ({err})") from None
    return parse_pack(raw, str(path))


def parse_pack(raw: object, where: str) -> RulePack:
    if not isinstance(raw, dict):
        raise RulePackError(f"{where}: a rule pack is a mapping with 'pack', 'version' and 'rules'")
    _no_unknown(raw, _PACK_KEYS, where)
    name, version = str(raw.get("pack", Path(where).stem)), str(raw.get("version", "0"))
    tokens = resolve_tokens(raw.get("tokens") or {}, where)
    rules = raw.get("rules")
    if not isinstance(rules, list) or not rules:
        raise RulePackError(f"{where}: 'rules' must be a non-empty list")
    pack = RulePack(name, version)
    seen: set[str] = set()
    for i, r in enumerate(rules):
        rule = _parse_rule(r, f"{where}: rule {i + 1}", name, version, tokens)
        if rule.id in seen:
            raise RulePackError(f"{where}: duplicate rule id '{rule.id}'")
        seen.add(rule.id)
        pack.rules.append(rule)
    return pack


def _no_unknown(obj: dict, allowed: set[str], where: str) -> None:
    unknown = set(obj) - allowed
    if unknown:
        raise RulePackError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(allowed)}")


def resolve_tokens(raw: object, where: str) -> dict[str, str]:
    """Every token of a pack (or data file) fully expanded: name -> regex fragment.

    A token is a string or a list of alternatives (joined with `|`); it may use other tokens as
    `{{name}}`. Each string is at most MAX_PATTERN_CHARS as written."""
    if not isinstance(raw, dict):
        raise RulePackError(f"{where}: 'tokens' must map a name to a regex fragment or a list of them")
    written: dict[str, str] = {}
    for name, value in raw.items():
        if not isinstance(name, str) or not re.fullmatch(r"\w+", name):
            raise RulePackError(f"{where}: token name {name!r} must be letters, digits and underscores")
        parts = value if isinstance(value, list) else [value]
        if not parts or not all(isinstance(x, str) and x for x in parts):
            raise RulePackError(f"{where}: token '{name}' must be a regex fragment or a non-empty list of them")
        for x in parts:
            _check_length(x, f"{where}: token '{name}'")
        written[name] = "|".join(parts)
    done: dict[str, str] = {}

    def expand_token(name: str, path: tuple[str, ...]) -> str:
        if name in done:
            return done[name]
        if name in path:
            cycle = " -> ".join([*path[path.index(name):], name])
            raise RulePackError(f"{where}: token cycle {cycle}")
        if name not in written:
            raise RulePackError(f"{where}: token '{path[-1]}' uses unknown token '{name}'")
        done[name] = TOKEN_REF.sub(lambda m: f"(?:{expand_token(m.group(1), (*path, name))})", written[name])
        return done[name]

    for name in written:
        expand_token(name, ())
    return done


def expand(expr: str, tokens: dict[str, str], where: str) -> str:
    """`expr` with each `{{name}}` replaced by its token, wrapped in a non-capturing group so a
    quantifier after it applies to the whole part."""
    _check_length(expr, where)

    def one(m: re.Match) -> str:
        if m.group(1) not in tokens:
            known = ", ".join(sorted(tokens)) or "none"
            raise RulePackError(f"{where}: unknown token '{{{{{m.group(1)}}}}}' (this file defines: {known})")
        return f"(?:{tokens[m.group(1)]})"

    return TOKEN_REF.sub(one, expr)


def _check_length(expr: str, where: str) -> None:
    if len(expr) > MAX_PATTERN_CHARS:
        raise RulePackError(f"{where}: regex of {len(expr)} characters is longer than {MAX_PATTERN_CHARS}; "
                            f"move parts of it into named tokens ({expr[:40]!r}...)")


def _parse_rule(r: object, where: str, pack: str, version: str, tokens: dict[str, str]) -> Rule:
    if not isinstance(r, dict):
        raise RulePackError(f"{where}: a rule must be a mapping")
    _no_unknown(r, _RULE_KEYS, where)
    if "id" in r:
        where = f"{where} ('{r['id']}')"
    for key in ("id", "code", "description", "patterns"):
        if key not in r:
            raise RulePackError(f"{where}: missing '{key}'")
    if not isinstance(r["description"], str) or not r["description"].strip():
        raise RulePackError(f"{where}: 'description' must be one line of plain English saying what the rule finds")
    tax = taxonomy()
    code = r["code"]
    if code not in tax.faults:
        raise RulePackError(f"{where}: code '{code}' is not a fault id in the taxonomy")
    fault = tax.faults[code]
    severity = r.get("severity", fault.severity)
    if severity not in SEVERITIES:
        raise RulePackError(f"{where}: severity must be one of {SEVERITIES}")
    sections = tuple(r.get("sections", ["F"]))
    bad = [s for s in sections if s not in tax.sections]
    if bad:
        raise RulePackError(f"{where}: unknown section(s) {bad}")
    patterns = tuple(_parse_pattern(p, where, f"{r['id']}#{i + 1}", tokens) for i, p in enumerate(r["patterns"]))
    if not patterns:
        raise RulePackError(f"{where}: needs at least one pattern")
    exceptions = tuple(_compile(expand(e, tokens, f"{where} exception"), where) for e in r.get("exceptions", []))
    context = r.get("context", {}) or {}
    _no_unknown(context, _CONTEXT_KEYS, f"{where} context")
    for key, value in context.items():
        if key == "lower_to":
            continue
        if not isinstance(value, list) or not set(value) <= ELEMENT_NAMES:
            raise RulePackError(f"{where}: context '{key}' must list elements from {sorted(ELEMENT_NAMES)}")
    if context.get("lower_to", "suggestion") not in SEVERITIES:
        raise RulePackError(f"{where}: context 'lower_to' must be a severity")
    examples = r.get("examples", {}) or {}
    _no_unknown(examples, {"flag", "pass"}, f"{where} examples")
    rewrite = []
    for step in r.get("rewrite", []) or []:
        if not isinstance(step, dict):
            raise RulePackError(f"{where}: each rewrite step is a mapping with 'find' and 'replace'")
        _no_unknown(step, {"find", "replace"}, f"{where} rewrite")
        if not isinstance(step.get("find"), str) or not step["find"]:
            raise RulePackError(f"{where}: each rewrite step needs a 'find' regex")
        find = expand(step["find"], tokens, f"{where} rewrite")
        rewrite.append((_compile(find, where), str(step.get("replace", ""))))
    return Rule(id=str(r["id"]), code=code, severity=severity, sections=sections,
                message=r.get("message", fault.message), suggestion=r.get("suggestion", fault.suggestion),
                basis=tuple(r.get("basis", fault.basis)), patterns=patterns, exceptions=exceptions,
                context=context, flag_examples=tuple(examples.get("flag", [])),
                pass_examples=tuple(examples.get("pass", [])), pack=pack, version=version,
                rewrite=tuple(rewrite), description=r["description"].strip())


def _compile(expr: str, where: str, case_sensitive: bool = False) -> re.Pattern:
    try:
        return re.compile(expr, 0 if case_sensitive else re.IGNORECASE)
    except re.error as err:
        raise RulePackError(f"{where}: bad regex {expr!r} ({err})") from None


def _parse_pattern(p: object, where: str, default_name: str, tokens: dict[str, str]) -> Pattern:
    if isinstance(p, str):
        return Pattern(name=default_name, regex=_compile(expand(p, tokens, f"{where} pattern"), where))
    if not isinstance(p, dict):
        raise RulePackError(f"{where}: a pattern is a string (regex) or a mapping")
    _no_unknown(p, _PATTERN_KEYS, f"{where} pattern")
    kinds = [k for k in ("regex", "phrase", "tokens") if k in p]
    if len(kinds) != 1:
        raise RulePackError(f"{where}: each pattern needs exactly one of regex, phrase or tokens")
    name = str(p.get("name", default_name))
    if "regex" in p:
        regex = expand(str(p["regex"]), tokens, f"{where} pattern '{name}'")
        return Pattern(name=name, regex=_compile(regex, where, bool(p.get("case_sensitive"))))
    if "phrase" in p:
        return Pattern(name=name, phrase=str(p["phrase"]))
    tokens = p["tokens"]
    if not isinstance(tokens, list) or not all(isinstance(t, dict) for t in tokens):
        raise RulePackError(f"{where}: 'tokens' must be a list of spaCy token pattern mappings")
    return Pattern(name=name, tokens=tuple(_freeze(t) for t in tokens))


def _freeze(obj):
    if isinstance(obj, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in obj.items()))
    if isinstance(obj, list):
        return tuple(_freeze(v) for v in obj)
    return obj


def thaw(obj):
    if isinstance(obj, tuple) and all(isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], str) for x in obj):
        return {k: thaw(v) for k, v in obj}
    if isinstance(obj, tuple):
        return [thaw(v) for v in obj]
    return obj
