"""What the embedded store writes: JSON only, as Cosmos DB accepts it (orjson, with json's refusals)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.errors import InvalidInput
from shared.store.documents import from_json, to_json

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)  # fmt: skip


@given(st.dictionaries(st.text(max_size=8), JSON_VALUES, max_size=6))
def test_any_json_document_round_trips_as_the_json_module_reads_it(doc: dict[str, Any]) -> None:
    text = to_json(doc)
    assert from_json(text) == doc == json.loads(text)


@pytest.mark.parametrize(
    "doc",
    [
        {"x": float("nan")},
        {"notes": None, "sets": [{"weight_kg": float("inf")}]},
        {"x": (1, float("-inf"))},
        {"x": {1, 2}},
        {"x": datetime.now(UTC)},
        {"x": object()},
    ],
)
def test_values_json_cannot_hold_are_refused(doc: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput, match="not valid JSON"):
        to_json(doc)


def test_keys_become_strings_and_nulls_stay() -> None:
    mixed_keys: dict[Any, Any] = {1: "a", "b": None, "c": [None, 1.5]}  # an int key, as a caller might pass
    assert from_json(to_json(mixed_keys)) == {"1": "a", "b": None, "c": [None, 1.5]}


def test_a_lone_surrogate_is_refused_naming_where_it_is() -> None:
    """The input fuzz test: a lone surrogate in an imported LLM configuration gave a 422 naming no field."""
    with pytest.raises(InvalidInput) as caught:
        to_json({"tiers": [{"name": "free"}, {"features": ["\ud800"]}]})
    assert [e.field for e in caught.value.errors] == ["tiers.1.features.0"]
