"""A/B experiments and routing rules through the gateway, over the real openai SDK and a fake provider on
127.0.0.1: each user gets their variant (provider, model and prompt version) and keeps it, a stop takes effect on
the next request, ineligible users and users without the AI opt-in route as before, a failing or rejected
variant falls back and is counted so, routing rules pick by task, tier and context, and the results come from
the counters (requests, fallbacks, latency, cost, ratings, votes) with the right verdicts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from shared.bootstrap import Services
from shared.coach import messages
from shared.errors import Conflict, InvalidInput
from shared.experiments import admin, outcomes
from shared.experiments.assign import variant_for
from shared.experiments.choose import PROMPT_SUFFIXES, Arm
from shared.experiments.model import ExperimentCreate, RoutingRuleCreate
from shared.feedback import coach as coach_feedback
from shared.feedback import plans as plan_feedback
from shared.identity.principal import Principal
from shared.llm import gateway
from shared.profile.model import FitnessProfile
from shared.workouts.plans import save_plan
from tests.integration.llm.conftest import add_provider
from tests.support.fake_llm import FakeLLM

CONCISE = PROMPT_SUFFIXES["concise"]["chat"]


def person(user_id: str, tier: str = "unlimited", ai_providers: bool = True) -> Principal:
    return Principal(user_id=user_id, roles=frozenset({"user"}), tier=tier, ai_providers=ai_providers,
                     health_data=True)  # fmt: skip


def spec(task: str = "chat", **changes: Any) -> ExperimentCreate:
    now = datetime.now(UTC)
    body: dict[str, Any] = {
        "name": "mini vs flash", "task": task, "tiers": ["unlimited", "premium"],
        "variants": [
            {"name": "control", "provider": "prov-a", "model": "m-a", "weight": 50},
            {"name": "treatment", "provider": "prov-b", "model": "m-b", "prompt_version": "concise", "weight": 50},
        ],
        "starts_at": (now - timedelta(hours=1)).isoformat(), "ends_at": (now + timedelta(days=7)).isoformat(),
    }  # fmt: skip
    return ExperimentCreate.model_validate({**body, **changes})


@pytest.fixture
async def two(services: Services, fake: FakeLLM) -> None:
    await add_provider(services, fake, "prov-a", "openai_compatible", "m-a", priority=1)
    await add_provider(services, fake, "prov-b", "openai_compatible", "m-b", priority=2)


def _system(call: Any) -> str:
    return str(call.body["messages"][0]["content"])


async def test_each_user_gets_their_variant_and_keeps_it(services: Services, fake: FakeLLM, two: None) -> None:
    experiment = await admin.create_experiment(services, "admin-1", spec())
    seen: dict[str, str] = {}
    for i in range(16):
        user = f"user-{i}"
        wanted = variant_for(experiment.id, experiment.variants, user)
        for _ in range(2):  # the same variant every time
            fake.calls.clear()
            result = await gateway.chat(services, person(user), "How heavy should I squat?")
            assert (result.provider, result.model) == (wanted.provider, wanted.model)
            assert result.experiment == f"{experiment.id}/{wanted.name}"
            [call] = fake.calls
            assert (CONCISE in _system(call)) == (wanted.prompt_version == "concise")
        seen[user] = wanted.name
    assert set(seen.values()) == {"control", "treatment"}  # 16 users: both arms (a fixed hash, not luck)
    results = await admin.experiment_results(services, experiment.id)
    by_name = {v.name: v for v in results.variants}
    for name in ("control", "treatment"):
        assert by_name[name].requests == 2 * sum(1 for v in seen.values() if v == name)
        assert by_name[name].fallback_rate == 0.0 and by_name[name].acceptance_rate == 1.0
        assert by_name[name].latency_p95_ms is not None and by_name[name].cost_usd > 0


async def test_stop_takes_effect_on_the_next_request(services: Services, fake: FakeLLM, two: None) -> None:
    experiment = await admin.create_experiment(services, "admin-1", spec())
    user = next(f"u{i}" for i in range(100)
                if variant_for(experiment.id, experiment.variants, f"u{i}").name == "treatment")  # fmt: skip
    assert (await gateway.chat(services, person(user), "hi")).provider == "prov-b"
    stopped = await admin.stop_experiment(services, "admin-1", experiment.id)
    assert stopped.status_at(datetime.now(UTC)) == "stopped"
    after = await gateway.chat(services, person(user), "hi")
    assert (after.provider, after.experiment) == ("prov-a", "")  # the priority chain, no arm
    assert CONCISE not in _system(fake.calls[-1])
    with pytest.raises(Conflict):  # a stopped experiment's results stay as they are
        await admin.update_experiment(services, "admin-1", experiment.id, spec(name="again"))
    assert {v.name: v.requests for v in (await admin.experiment_results(services, experiment.id)).variants} == {
        "control": 0, "treatment": 1}  # fmt: skip


async def test_ineligible_tiers_and_users_without_the_opt_in_route_as_before(
    services: Services, fake: FakeLLM, two: None
) -> None:
    experiment = await admin.create_experiment(services, "admin-1", spec(tiers=["premium"]))
    users = [f"u{i}" for i in range(12)]
    assert {variant_for(experiment.id, experiment.variants, u).name for u in users} == {"control", "treatment"}
    for user in users:
        assert (await gateway.chat(services, person(user, tier="free"), "hi")).provider == "prov-a"
        engine_only = await gateway.chat(services, person(user, tier="premium", ai_providers=False), "hi")
        assert (engine_only.provider, engine_only.experiment) == ("engine", "")
    assert all(v.requests == 0 for v in (await admin.experiment_results(services, experiment.id)).variants)


async def test_a_failing_variant_falls_back_and_counts_as_a_fallback(
    services: Services, fake: FakeLLM, two: None
) -> None:
    experiment = await admin.create_experiment(services, "admin-1", spec())
    user = next(f"u{i}" for i in range(100)
                if variant_for(experiment.id, experiment.variants, f"u{i}").name == "treatment")  # fmt: skip
    fake.default["m-b"] = "500"
    result = await gateway.chat(services, person(user), "hi")
    assert (result.provider, result.experiment) == ("prov-a", f"{experiment.id}/treatment")
    assert CONCISE not in _system(fake.calls_for("m-a")[0])  # the version is the variant's, not its fallback's
    [treatment] = [v for v in (await admin.experiment_results(services, experiment.id)).variants if v.name != "control"]
    assert (treatment.requests, treatment.fallback_rate, treatment.acceptance_rate) == (1, 1.0, None)


async def test_a_plan_variant_that_fails_the_checks_is_rejected_and_ratings_count_for_the_arm(
    services: Services, fake: FakeLLM, two: None
) -> None:
    experiment = await admin.create_experiment(services, "admin-1", spec(task="plan"))
    users = {variant_for(experiment.id, experiment.variants, f"p{i}").name: f"p{i}" for i in range(40)}
    fake.default["m-b"] = "bad_plan"
    now = datetime.now(UTC)
    for name, user in users.items():
        result = await gateway.generate_plan(services, person(user), FitnessProfile())
        assert result.plan.source.experiment == f"{experiment.id}/{name}"
        assert result.provider == "prov-a"  # the treatment's plans fail the checks twice: prov-a's is taken
        stored = await save_plan(services.store, user, result.plan)
        await plan_feedback.rate_plan(services.store, user, stored.plan.id, "made", 5 if name == "control" else 2,
                                      (), None, now)  # fmt: skip
        await plan_feedback.rate_plan(services.store, user, stored.plan.id, "made", 1, (), None, now)  # replaced
    by_name = {v.name: v for v in (await admin.experiment_results(services, experiment.id)).variants}
    assert (by_name["control"].acceptance_rate, by_name["control"].fallback_rate) == (1.0, 0.0)
    assert (by_name["treatment"].acceptance_rate, by_name["treatment"].fallback_rate) == (0.0, 1.0)
    assert (by_name["control"].ratings, by_name["control"].rating_mean) == (1, 5.0)  # the first answer counts
    assert (by_name["treatment"].ratings, by_name["treatment"].rating_mean) == (1, 2.0)
    assert by_name["treatment"].acceptance_vs_control is not None
    assert by_name["treatment"].acceptance_vs_control.verdict == "not_enough_data"


async def test_coach_votes_count_for_the_arm_the_answer_was_asked_under(
    services: Services, fake: FakeLLM, two: None
) -> None:
    experiment = await admin.create_experiment(services, "admin-1", spec())
    label = f"{experiment.id}/treatment"
    said = await messages.add_message(services.store, "voter", "conv-1", "assistant", "Squat 3x5.", provider="prov-b",
                                      model="m-b", experiment=label)  # fmt: skip
    now = datetime.now(UTC)
    await coach_feedback.rate_answer(services.store, "voter", said.id, "up", False, None, None, now)
    await coach_feedback.rate_answer(services.store, "voter", said.id, "down", True, "wrong", None, now)
    [_, treatment] = (await admin.experiment_results(services, experiment.id)).variants
    assert (treatment.votes, treatment.thumbs_up_rate, treatment.reports) == (1, 1.0, 1)


async def test_results_from_seeded_outcomes(services: Services, two: None) -> None:
    experiment = await admin.create_experiment(services, "admin-1", spec(task="plan"))
    day = datetime.now(UTC).date()
    control, treatment = (Arm(experiment.id, v.name, v.provider, v.model) for v in experiment.variants)
    for i in range(100):  # control: 60 accepted of 100, treatment: 85 of 100; ratings 3.0 vs 4.0
        await outcomes.answered(services.store, control, f"c{i}", day, provider="prov-a" if i < 60 else "engine",
                                model="m-a" if i < 60 else "vigor-engine", rejected=i >= 60, repaired=i < 6,
                                latency_ms=900, cost_usd=0.001)  # fmt: skip
        await outcomes.answered(services.store, treatment, f"t{i}", day, provider="prov-b" if i < 85 else "engine",
                                model="m-b" if i < 85 else "vigor-engine", rejected=i >= 85, repaired=False,
                                latency_ms=2500 if i < 96 else 9000, cost_usd=0.002)  # fmt: skip
    for i in range(40):
        await outcomes.plan_rated(services.store, control.label, f"c{i}", day, 2 if i % 2 else 4)
        await outcomes.plan_rated(services.store, treatment.label, f"t{i}", day, 3 if i % 2 else 5)
    results = await admin.experiment_results(services, experiment.id)
    c, t = results.variants
    assert (c.requests, c.acceptance_rate, c.repair_rate, c.fallback_rate) == (100, 0.6, 0.1, 0.4)
    assert (t.requests, t.acceptance_rate, t.fallback_rate) == (100, 0.85, 0.15)
    assert (c.latency_mean_ms, c.latency_p95_ms, t.latency_p95_ms) == (900.0, 1000, 3000)
    assert (c.cost_usd, t.cost_per_request_usd) == (0.1, 0.002)
    assert (c.rating_mean, t.rating_mean, t.ratings) == (3.0, 4.0, 40)
    assert c.acceptance_vs_control is None
    assert t.acceptance_vs_control is not None and t.acceptance_vs_control.verdict == "significant"
    assert t.acceptance_vs_control.difference == 0.25
    assert t.rating_vs_control is not None and t.rating_vs_control.verdict == "significant"
    assert t.thumbs_up_vs_control is not None and t.thumbs_up_vs_control.verdict == "not_enough_data"


async def test_routing_rules_pick_by_task_tier_and_context(services: Services, fake: FakeLLM, two: None) -> None:
    rule = RoutingRuleCreate.model_validate(
        {
            "name": "cheap mornings",
            "tasks": ["daily_message"],
            "tiers": ["free"],
            "contexts": ["background"],
            "provider": "prov-b",
            "model": "m-b",
        }
    )
    await admin.create_rule(services, "admin-1", rule)
    free = person("free-1", tier="free")
    daily = await gateway.complete_text(services, free, task="daily_message", figures={})
    assert daily.provider == "prov-b"  # the rule: a cheaper model for the daily message
    assert (await gateway.complete_text(services, person("p-1", tier="premium"), task="daily_message",
                                        figures={})).provider == "prov-a"  # fmt: skip  # another tier
    assert (await gateway.chat(services, free, "hi")).provider == "prov-a"  # another task
    waiting = await gateway.complete_text(services, free, task="daily_message", figures={"x": 1}, waiting=True)
    assert waiting.provider == "prov-a"  # interactive: not the rule's context
    fake.default["m-b"] = "500"  # the rule's provider fails: the priority chain answers
    assert (await gateway.complete_text(services, free, task="daily_message", figures={"y": 2})).provider == "prov-a"


async def test_admin_validation_names_the_field(services: Services, two: None) -> None:
    async def problems(**changes: Any) -> set[str]:
        with pytest.raises(InvalidInput) as caught:
            await admin.create_experiment(services, "admin-1", spec(**changes))
        return {e.field for e in caught.value.errors}

    variants = spec().model_dump()["variants"]
    assert await problems(variants=[{**variants[0], "weight": 60}, variants[1]]) == {"variants"}
    assert await problems(variants=[variants[0], {**variants[1], "provider": "nope"}]) == {"variants.1.provider"}
    assert await problems(variants=[variants[0], {**variants[1], "model": "gpt-9"}]) == {"variants.1.model"}
    assert await problems(variants=[variants[0], {**variants[1], "name": "control"}]) == {"variants.1.name"}
    now = datetime.now(UTC)
    assert "ends_at" in await problems(starts_at=now.isoformat(), ends_at=(now - timedelta(days=1)).isoformat())
    first = await admin.create_experiment(services, "admin-1", spec())
    assert await problems(tiers=["premium"]) == {"tiers"}  # the same task and tier at the same time
    await admin.create_experiment(services, "admin-1", spec(tiers=["free"]))  # another tier is fine
    with pytest.raises(InvalidInput) as caught:  # a running experiment keeps its split
        split = [
            first.variants[0].model_copy(update={"weight": 10}),
            first.variants[1].model_copy(update={"weight": 90}),
        ]
        await admin.update_experiment(services, "admin-1", first.id, first.model_copy(update={"variants": split}))
    assert {e.field for e in caught.value.errors} == {"variants"}
    renamed = await admin.update_experiment(services, "admin-1", first.id, first.model_copy(update={"name": "B"}))
    assert renamed.name == "B"
    later = await admin.create_experiment(services, "admin-1", spec(task="analysis", starts_at=(
        now + timedelta(days=1)).isoformat(), ends_at=(now + timedelta(days=2)).isoformat()))  # fmt: skip
    with pytest.raises(InvalidInput) as caught:  # a scheduled one may change, but not to end in the past
        past = later.model_copy(update={"starts_at": now - timedelta(days=3), "ends_at": now - timedelta(days=2)})
        await admin.update_experiment(services, "admin-1", later.id, past)
    assert {e.field for e in caught.value.errors} == {"ends_at"}
