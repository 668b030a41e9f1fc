"""Just enough Bicep reading for tests: object-literal keys and `param` names, from the template text.

No Bicep compiler can be installed on these machines (the CLI downloads its binary at run time), so the
tests read the few shapes they need themselves. Comments and strings are skipped when counting braces.
"""

from __future__ import annotations

import re
from pathlib import Path

_KEY = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\b", re.MULTILINE)


def _strip_comment(line: str) -> str:
    """The line without a trailing // comment (a // inside a '...' string is kept)."""
    in_string = False
    for i, ch in enumerate(line):
        if ch == "'" and (i == 0 or line[i - 1] != "\\"):
            in_string = not in_string
        elif not in_string and line.startswith("//", i):
            return line[:i]
    return line


def _depth_change(line: str) -> int:
    depth, in_string = 0, False
    for i, ch in enumerate(line):
        if ch == "'" and (i == 0 or line[i - 1] != "\\"):
            in_string = not in_string
        elif not in_string and ch in "{[":
            depth += 1
        elif not in_string and ch in "}]":
            depth -= 1
    return depth


def object_entries(text: str, resource_marker: str, key: str = "properties") -> dict[str, str]:
    """`name -> value expression` for the top-level entries of the `key: { ... }` object that follows
    `resource_marker` in `text` (e.g. the app settings of a `Microsoft.Web/sites/config` resource)."""
    start = text.index(resource_marker)
    lines = text[start:].splitlines()
    opener = next(i for i, line in enumerate(lines) if re.match(rf"^\s*{key}\s*:\s*\{{\s*$", _strip_comment(line)))
    entries: dict[str, str] = {}
    depth = 1
    for raw in lines[opener + 1 :]:
        line = _strip_comment(raw)
        if depth == 1:
            match = _KEY.match(line)
            if match:
                if match.group(1) in entries:
                    raise ValueError(f"{match.group(1)} is declared twice")
                entries[match.group(1)] = match.group(2)
        depth += _depth_change(line)
        if depth <= 0:
            return entries
    raise ValueError(f"unbalanced braces after {resource_marker!r}")


def param_names(path: Path) -> set[str]:
    """Names declared with `param` in a .bicep file (or assigned in a .bicepparam file)."""
    return set(_PARAM.findall(path.read_text()))
