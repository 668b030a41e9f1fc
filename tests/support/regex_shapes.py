"""Shapes of regular expression that backtrack badly, found by reading a compiled pattern's parse tree (no timing).

    risky(pattern) -> list[str]   why `pattern` can take super-linear time on a long input, or [] when it cannot

Two shapes are reported, the ones behind every slow pattern the safety code had (issue 15):

* nested: an unbounded repeat inside another unbounded repeat, neither possessive nor atomic (`(a+)+`, `(\\w+\\s?)*`):
  exponential or high-degree polynomial backtracking when the tail fails.
* leading scan: a branch that can start with an unbounded repeat of a wide set (`[\\w.+-]+@`, `(?=.*x).*y`) with no
  anchor or look-behind before it: `search` retries it from every position, so a long run of those characters that
  ends without a match costs time quadratic in its length (the email pattern took 2.7 s on a 10,000-character word).

Bounded repeats (`{0,60}`) are linear and not reported. Python 3.11's possessive quantifiers (`++`, `*+`) and atomic
groups (`(?>...)`) never give characters back, so a repeat written with them is not reported either.
"""

from __future__ import annotations

import re
from re import _constants as c
from re import _parser as p
from typing import Any

MAXREPEAT = c.MAXREPEAT
_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT}
_WIDE = 20  # a set of more characters than this is "wide" (any letter, digit, "not a full stop")


def _width(items: Any) -> int:
    """How many characters (roughly) a one-character item can match."""
    op, av = items[0] if isinstance(items, list) else items
    if op is c.ANY:
        return 1 << 16
    if op is c.LITERAL:
        return 1
    if op is c.NOT_LITERAL:
        return 1 << 16
    if op is c.IN:
        negate = any(o is c.NEGATE for o, _ in av)
        count = 0
        for o, a in av:
            if o is c.CATEGORY:
                count += 100
            elif o is c.RANGE:
                count += a[1] - a[0] + 1
            elif o is c.LITERAL:
                count += 1
        return (1 << 16) - count if negate else count
    return 0


def _unbounded(op: Any, av: Any) -> bool:
    return op in _REPEATS and av[1] == MAXREPEAT


def _children(op: Any, av: Any) -> list[Any]:
    if op in _REPEATS or op is c.POSSESSIVE_REPEAT:
        return [av[2]]
    if op is c.SUBPATTERN:
        return [av[3]]
    if op is c.BRANCH:
        return list(av[1])
    if op is c.ATOMIC_GROUP:
        return [av]
    if op in (c.ASSERT, c.ASSERT_NOT):
        return [av[1]]
    return []


def _nested(sub: Any, inside: bool, found: list[str]) -> None:
    for op, av in sub:
        if op is c.POSSESSIVE_REPEAT or op is c.ATOMIC_GROUP:
            continue  # gives nothing back
        if _unbounded(op, av):
            body = av[2]
            if inside or _flatten(body):  # an unbounded repeat (not possessive) inside this one
                found.append("nested unbounded repeats")
                return
            _nested(body, True, found)
            continue
        for child in _children(op, av):
            _nested(child, inside, found)


def _flatten(sub: Any) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for op, av in sub:
        if op in _REPEATS and av[1] == MAXREPEAT:
            out.append((op, av))
        if op is c.POSSESSIVE_REPEAT or op is c.ATOMIC_GROUP:
            continue
        for child in _children(op, av):
            out.extend(_flatten(child))
    return out


def _leading(sub: Any, found: list[str]) -> None:
    """Whether the pattern can begin with an unbounded wide repeat (through groups, optional items and look-aheads)."""
    for op, av in sub:
        if op is c.ASSERT_NOT and av[0] == -1:
            return  # a negative look-behind guards where a match may start
        if op is c.ASSERT and av[0] == -1:
            return
        if op is c.AT:
            if av in (c.AT_BEGINNING_STRING, c.AT_BEGINNING, c.AT_BOUNDARY):
                return  # starts only at the beginning, or where a word starts or ends (a run has one such place)
            continue
        if op is c.ASSERT:  # a look-ahead is tried at every start too
            _leading(av[1], found)
            continue
        if _unbounded(op, av) and len(av[2]) == 1 and _width(av[2][0]) > _WIDE:
            found.append("leading scan of a wide repeat")
            return
        if op is c.SUBPATTERN:
            _leading(av[3], found)
            return
        if op is c.BRANCH:
            for branch in av[1]:
                _leading(branch, found)
            return
        if op in _REPEATS and av[0] == 0:
            _leading(av[2], found)
            continue  # optional: what follows may start the match
        if op in _REPEATS:
            _leading(av[2], found)
            return
        return


def risky(pattern: re.Pattern[str]) -> list[str]:
    """Why `pattern` may take super-linear time on long input ([] when neither shape is present)."""
    tree = p.parse(pattern.pattern, pattern.flags)
    found: list[str] = []
    _nested(list(tree), False, found)
    _leading(list(tree), found)
    return sorted(set(found))
