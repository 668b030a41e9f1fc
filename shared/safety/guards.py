"""A cheap first-character guard in front of the gate's patterns, so each search skips the positions where no match
can start (issue 15, hBB: the input gate on 4,000-character messages).

    guarded(pattern) -> re.Pattern   the same pattern behind a lookahead `(?=\\b[first chars])`, or itself
    install(modules)                 every module-level pattern of `modules` (also inside tuples, lists and dicts)
                                     replaced by its guarded form; `GUARDED` keeps (original, guarded) pairs
    install_all() -> int             `install` on every imported `shared.safety` module, once; how many are guarded.
                                     `shared.coach.warm.warm_up` calls it (the Functions worker's warm-up thread, the
                                     local host's start): compiling ~650 guarded patterns costs ~0.7 s of CPU, which
                                     an import (a cold start) must not pay

Why: Python's `re` tries every position of the text, and at each it runs the whole alternation of a pattern that
begins `\\b(ignore|disregard|...)`: about 1,000 such searches over 4,000 characters cost the gate 100-300 ms.
The lookahead rejects a position with one class test unless a match could begin there. The first characters are read
from the pattern's parse tree; `\\b` is added only when every alternative starts with it. The guard never changes
what matches: a pattern that could match the empty string, or whose start the reader cannot bound (negated classes,
scoped flags, `.`), is left as it is. Test: `tests/unit/test_safety_hBB_speed.py` (same matches on the corpora and
on hypothesis text).
"""

from __future__ import annotations

import re
import sys
import threading
from re import _constants as sre
from re import _parser as parser
from types import ModuleType
from typing import Any

GUARDED: list[tuple[re.Pattern[str], re.Pattern[str]]] = []
_INSTALLED: set[str] = set()
_LOCK = threading.Lock()


class _Unbounded(Exception):
    """The pattern's first character cannot be bounded."""


_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT)
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip


def _seq(items: Any, bounded: bool) -> tuple[list[tuple[str, Any]], bool, bool]:
    """(first class items, can be empty, every path crossed `\\b` before its first character) of a sequence."""
    found: list[tuple[str, Any]] = []
    every_bounded = True
    for op, av in items:
        if op is sre.AT:
            bounded = bounded or av is sre.AT_BOUNDARY
            continue
        if op in _ZERO_WIDTH:
            continue
        first, empty, was_bounded = _item(op, av, bounded)
        found += first
        every_bounded = every_bounded and was_bounded
        if not empty:
            return found, False, every_bounded
    return found, True, every_bounded and bounded


def _item(op: Any, av: Any, bounded: bool) -> tuple[list[tuple[str, Any]], bool, bool]:
    if op is sre.LITERAL:
        return [("l", av)], False, bounded
    if op is sre.IN:
        items: list[tuple[str, Any]] = []
        for o, a in av:
            if o is sre.LITERAL:
                items.append(("l", a))
            elif o is sre.RANGE:
                items.append(("r", a))
            elif o is sre.CATEGORY and a in _CATEGORIES:
                items.append(("c", a))
            else:
                raise _Unbounded  # a negated class, a charset
        return items, False, bounded
    if op is sre.BRANCH:
        items, empty, all_bounded = [], False, True
        for branch in av[1]:
            first, branch_empty, branch_bounded = _seq(branch, bounded)
            items += first
            empty = empty or branch_empty
            all_bounded = all_bounded and branch_bounded
        return items, empty, all_bounded
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            raise _Unbounded
        return _seq(inner, bounded)
    if op is sre.ATOMIC_GROUP:
        return _seq(av, bounded)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, inner = av
        first, empty, was_bounded = _seq(inner, bounded)
        return first, empty or low == 0, was_bounded
    raise _Unbounded  # ".", a back reference, a conditional


def _char(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "-]^\\[" else re.escape(char)


def lookahead(pattern: re.Pattern[str]) -> str | None:
    """The guard for `pattern` ("(?=\\b[abc])"), or None when its first character cannot be bounded."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    try:
        tree = parser.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0:
            return None
        items, empty, bounded = _seq(tree.data, False)
    except (_Unbounded, re.error, RecursionError):
        return None
    if empty or not items:
        return None
    parts = []
    for kind, value in items:
        if kind == "l":
            parts.append(_char(value))
        elif kind == "r":
            parts.append(_char(value[0]) + "-" + _char(value[1]))
        else:
            parts.append(_CATEGORIES[value])
    return "(?=" + ("\\b" if bounded else "") + "[" + "".join(dict.fromkeys(parts)) + "])"


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind its first-character guard (the same matches, groups and flags), or itself."""
    guard = lookahead(pattern)
    if guard is None:
        return pattern
    try:
        faster = re.compile(guard + "(?:" + pattern.pattern + ")", pattern.flags)
    except re.error:
        return pattern
    GUARDED.append((pattern, faster))
    return faster


def _swap(value: Any) -> Any:
    if isinstance(value, re.Pattern):
        return guarded(value)
    if isinstance(value, tuple) and any(isinstance(v, re.Pattern) for v in value):
        return tuple(guarded(v) if isinstance(v, re.Pattern) else v for v in value)
    if isinstance(value, list):
        value[:] = [guarded(v) if isinstance(v, re.Pattern) else v for v in value]
    if isinstance(value, dict):
        for key, item in list(value.items()):
            value[key] = _swap(item)
    return value


def install(modules: list[ModuleType]) -> None:
    """Guard every module-level pattern of `modules` (patterns already bound into closures keep their own form)."""
    for module in modules:
        for name, value in list(vars(module).items()):
            if name.startswith("__"):
                continue
            swapped = _swap(value)
            if swapped is not value:
                setattr(module, name, swapped)


def install_all() -> int:
    """Guard every `shared.safety` module imported so far, each once (a module-level attribute swap: a request that
    reads a pattern meanwhile gets the old or the new one, which find the same); the number of guarded patterns."""
    with _LOCK:
        names = [n for n in sorted(sys.modules) if n.startswith("shared.safety.") and n != __name__]
        install([sys.modules[n] for n in names if n not in _INSTALLED])
        _INSTALLED.update(names)
        return len(GUARDED)
