"""The routing decision on its own (`shared.experiments.choose`): a running experiment's variant first, then the
first matching enabled rule by priority, then the priority chain; duplicates once, nothing after the engine; a
removed or disabled provider skipped; scheduled, ended and stopped experiments and other tiers ignored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from shared.experiments.assign import variant_for
from shared.experiments.choose import PROMPT_SUFFIXES, choose
from shared.experiments.model import Experiment, RoutingRule
from shared.llm.types import ProviderConfig

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
ENGINE = ("engine", "vigor-engine")
CONFIGS = [
    ProviderConfig(id="a", kind="openai", model="m-a", priority=1),
    ProviderConfig(id="b", kind="openai", model="m-b", priority=2),
    ProviderConfig(id="off", kind="openai", model="m-off", priority=3, enabled=False),
]


def experiment(**changes: Any) -> Experiment:
    body: dict[str, Any] = {
        "id": "exp-1", "name": "x", "task": "chat", "tiers": ["free"], "created_at": NOW,
        "starts_at": NOW - timedelta(days=1), "ends_at": NOW + timedelta(days=1),
        "variants": [{"name": "control", "provider": "a", "model": "m-a", "weight": 50},
                     {"name": "treat", "provider": "b", "model": "m-b2", "prompt_version": "concise", "weight": 50}],
    }  # fmt: skip
    return Experiment.model_validate({**body, **changes})


def rule(**changes: Any) -> RoutingRule:
    body = {"id": "rule-1", "name": "r", "created_at": NOW, "provider": "b", "model": "m-b"}
    return RoutingRule.model_validate({**body, **changes})


def ids(choice: Any) -> list[tuple[str, str]]:
    return [(c.id, c.model) for c in choice.chain]


def test_without_experiments_or_rules_the_priority_chain() -> None:
    assert ids(choose(CONFIGS, [], [], "chat", "free", "u", "interactive", NOW)) == [("a", "m-a"), ("b", "m-b"), ENGINE]
    assert ids(choose(CONFIGS, [], [], "chat", "free", "u", "interactive", NOW, external=False)) == [ENGINE]


def test_the_variant_goes_first_with_its_model_and_prompt_and_the_chain_follows() -> None:
    exp = experiment()
    treated = next(f"u{i}" for i in range(50) if variant_for(exp.id, exp.variants, f"u{i}").name == "treat")
    choice = choose(CONFIGS, [exp], [], "chat", "free", treated, "interactive", NOW)
    assert ids(choice) == [("b", "m-b2"), ("a", "m-a"), ("b", "m-b"), ENGINE]  # another model: another attempt
    assert choice.arm is not None and choice.arm.label == "exp-1/treat"
    assert choice.head_prompt == PROMPT_SUFFIXES["concise"]["chat"]
    control = next(f"u{i}" for i in range(50) if variant_for(exp.id, exp.variants, f"u{i}").name == "control")
    as_control = choose(CONFIGS, [exp], [], "chat", "free", control, "interactive", NOW)
    assert (ids(as_control), as_control.head_prompt) == ([("a", "m-a"), ("b", "m-b"), ENGINE], "")


def test_experiments_apply_only_while_running_to_their_task_and_tiers() -> None:
    for exp, task, tier in [
        (experiment(starts_at=NOW + timedelta(hours=1)), "chat", "free"),  # scheduled
        (experiment(ends_at=NOW), "chat", "free"),  # ended
        (experiment(stopped_at=NOW - timedelta(seconds=1)), "chat", "free"),  # stopped
        (experiment(), "plan", "free"),  # another task
        (experiment(), "chat", "premium"),  # another tier
    ]:
        assert choose(CONFIGS, [exp], [], task, tier, "u1", "interactive", NOW).arm is None  # type: ignore[arg-type]


def test_the_first_matching_enabled_rule_by_priority() -> None:
    rules = [
        rule(id="rule-off", priority=0, enabled=False, provider="engine", model="vigor-engine"),
        rule(id="rule-bg", priority=5, contexts=["background"], provider="engine", model="vigor-engine"),
        rule(id="rule-free", priority=10, tiers=["free"], tasks=["daily_message"]),
    ]
    background = choose(CONFIGS, [], rules, "daily_message", "free", "u", "background", NOW)
    assert (background.rule_id, ids(background)) == ("rule-bg", [("engine", "vigor-engine")])  # the engine ends it
    waiting = choose(CONFIGS, [], rules, "daily_message", "free", "u", "interactive", NOW)
    assert (waiting.rule_id, ids(waiting)) == ("rule-free", [("b", "m-b"), ("a", "m-a"), ENGINE])
    assert choose(CONFIGS, [], rules, "chat", "premium", "u", "interactive", NOW).rule_id is None


def test_a_removed_or_disabled_provider_is_skipped_and_a_provider_is_asked_once() -> None:
    gone = choose(CONFIGS, [], [rule(provider="off", model="m-off")], "chat", "free", "u", "interactive", NOW)
    assert ids(gone) == [("a", "m-a"), ("b", "m-b"), ENGINE]
    same = choose(CONFIGS, [], [rule(provider="a", model="m-a")], "chat", "free", "u", "interactive", NOW)
    assert ids(same) == [("a", "m-a"), ("b", "m-b"), ENGINE]
