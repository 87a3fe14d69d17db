"""pipelines.text.rules.order tries every part of every family module once, whole.

The families' modules hold their rules in parts (module-level lists of ``Rule``), and
``LINE_RULES`` strings the parts together in the order the first match needs. A part left out
is a family's phrasings that never drop a line, a part named twice a second try that can only
cost time, and a part cut up would mean its rules run between another family's: each is a
slip of one line in order.py that no test of a phrase shows, as a phrase's rule may sit in
another part.
"""

from __future__ import annotations

import importlib
import pkgutil
from itertools import groupby

from pipelines.text import rules
from pipelines.text.rules.order import LINE_RULES
from pipelines.text.rules.rule import Rule

# The modules that hold no family's parts: the rule type and the order itself.
_NOT_FAMILIES = frozenset({"order", "rule"})


def _parts() -> dict[str, list[Rule]]:
    """``{"module.NAME": rules}`` for each list of rules a family module defines."""
    found: dict[str, list[Rule]] = {}
    for info in pkgutil.iter_modules(rules.__path__):
        if info.name in _NOT_FAMILIES:
            continue
        module = importlib.import_module(f"{rules.__name__}.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, list) and value and all(isinstance(r, Rule) for r in value):
                found[f"{info.name}.{name}"] = value
    return found


def _runs(line_rules: list[Rule], parts: dict[str, list[Rule]]) -> list[tuple[str, int]]:
    """The parts ``line_rules`` takes its rules from, each run of one part with its length;
    "?" for a rule that is in no part."""
    owner = {id(rule): name for name, part in parts.items() for rule in part}
    return [
        (name, len(list(run))) for name, run in groupby(owner.get(id(r), "?") for r in line_rules)
    ]


def _misordered(line_rules: list[Rule], parts: dict[str, list[Rule]]) -> list[str]:
    """What is wrong with ``line_rules`` as the parts strung together, each once and whole."""
    runs = _runs(line_rules, parts)
    named = [name for name, _ in runs]
    problems = [
        f"a rule in no part of a family module: run {i}" for i, n in enumerate(named) if n == "?"
    ]
    problems += [f"left out: {name}" for name in parts if name not in named]
    problems += [
        f"tried {named.count(name)} times or cut up: {name}"
        for name in parts
        if named.count(name) > 1
    ]
    problems += [
        f"not whole: {name} ({count} of {len(parts[name])} rules)"
        for name, count in runs
        if name in parts and count != len(parts[name])
    ]
    return problems


def test_the_order_takes_every_part_once_and_whole() -> None:
    parts = _parts()
    assert len(parts) > 50
    assert _misordered(LINE_RULES, parts) == []
    assert len(LINE_RULES) == sum(len(part) for part in parts.values())


def test_a_part_left_out_named_twice_or_cut_up_is_reported() -> None:
    parts = _parts()
    first, second, *_ = parts
    without = [r for r in LINE_RULES if r not in parts[first]]
    twice = [*LINE_RULES, *parts[second]]
    cut = [*LINE_RULES[:1], *parts[second][:1], *LINE_RULES[1:]]
    assert _misordered(without, parts) == [f"left out: {first}"]
    assert f"tried 2 times or cut up: {second}" in _misordered(twice, parts)
    assert f"not whole: {second} (1 of {len(parts[second])} rules)" in _misordered(cut, parts)
