"""Two checks on a structured-output JSON schema, for the provider fakes' side of the wire.

* `strict_problems(schema)`: what OpenAI's strict mode would refuse (an object whose properties
  are not all required, or that allows extras; keywords strict mode does not support).
* `violations(instance, schema)`: where an answer departs from the schema (types, enums, required
  and extra keys, `$ref`, `anyOf`), so a fake can refuse what a strict provider could never return.
"""

from __future__ import annotations

from typing import Any

UNSUPPORTED = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
                         "minItems", "maxItems", "pattern", "format", "default"})  # fmt: skip
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "integer": (int,), "number": (int, float),
    "boolean": (bool,), "null": (type(None),),
}  # fmt: skip


def strict_problems(node: Any, path: str = "$") -> list[str]:
    """Everything in `node` that strict structured output would refuse."""
    if isinstance(node, list):
        return [p for i, item in enumerate(node) for p in strict_problems(item, f"{path}[{i}]")]
    if not isinstance(node, dict):
        return []
    out = [f"{path}: {key} is not supported" for key in node if key in UNSUPPORTED]
    if node.get("type") == "object" and "properties" in node:
        if node.get("additionalProperties") is not False:
            out.append(f"{path}: additionalProperties must be false")
        if sorted(node.get("required", [])) != sorted(node["properties"]):
            out.append(f"{path}: every property must be required")
    for key, value in node.items():
        if key in ("properties", "$defs"):
            out += [p for name, sub in value.items() for p in strict_problems(sub, f"{path}.{key}.{name}")]
        elif isinstance(value, dict | list) and key != "enum":
            out += strict_problems(value, f"{path}.{key}")
    return out


def violations(instance: Any, schema: dict[str, Any], root: dict[str, Any] | None = None, path: str = "$") -> list[str]:
    """Where `instance` departs from `schema` (the subset strict structured output uses)."""
    root = root or schema
    if "$ref" in schema:
        return violations(instance, root["$defs"][schema["$ref"].rsplit("/", 1)[-1]], root, path)
    if "anyOf" in schema:
        ok = any(not violations(instance, option, root, path) for option in schema["anyOf"])
        return [] if ok else [f"{path}: matches no anyOf option"]
    out = []
    if "enum" in schema and instance not in schema["enum"]:
        out.append(f"{path}: {instance!r} is not one of the enum")
    kind = schema.get("type")
    if kind is not None:
        allowed = tuple(t for k in ([kind] if isinstance(kind, str) else kind) for t in _TYPES[k])
        if not isinstance(instance, allowed) or (isinstance(instance, bool) and bool not in allowed):
            return [*out, f"{path}: expected {kind}, got {type(instance).__name__}"]
    if isinstance(instance, dict):
        properties = schema.get("properties", {})
        out += [f"{path}: missing {key}" for key in schema.get("required", []) if key not in instance]
        if schema.get("additionalProperties") is False:
            out += [f"{path}: unexpected {key}" for key in instance if key not in properties]
        for key, value in instance.items():
            if key in properties:
                out += violations(value, properties[key], root, f"{path}.{key}")
    if isinstance(instance, list) and "items" in schema:
        for i, value in enumerate(instance):
            out += violations(value, schema["items"], root, f"{path}[{i}]")
    return out
