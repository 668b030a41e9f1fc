"""The GitHub delivery pipeline keeps its gates: what-if before every provision, staging and its smoke test
before production, production only from a v* tag, rollback only to a tag; supply-chain checks and SBOMs run;
Dependabot and CodeQL cover every ecosystem and language. (GitHub Actions cannot run here: this reads the files.)"""

from __future__ import annotations

from typing import Any

import yaml

from shared.config import REPO_ROOT

GITHUB = REPO_ROOT / ".github"


def _load(path: str) -> dict[Any, Any]:
    data: dict[Any, Any] = yaml.safe_load((GITHUB / path).read_text())
    return data


def _runs(job: dict[str, Any]) -> list[str]:
    return [step.get("run", "") or step.get("uses", "") for step in job["steps"]]


def _index(runs: list[str], needle: str) -> int:
    return next(i for i, run in enumerate(runs) if needle in run)


def test_every_provision_is_preceded_by_a_what_if_and_followed_by_a_smoke_test() -> None:
    jobs = _load("workflows/ci-cd.yml")["jobs"]
    for name in ("staging", "production"):
        runs = _runs(jobs[name])
        assert _index(runs, "azd-preprovision") < _index(runs, "--preview") < _index(runs, "azd provision --no-prompt")
        assert _index(runs, "azd provision --no-prompt") < _index(runs, "azd deploy") < _index(runs, "scripts/smoke")
    assert "az bicep build" in "".join(_runs(jobs["test"])) and "az bicep lint" in "".join(_runs(jobs["test"]))


def test_production_waits_for_staging_and_deploys_only_tags() -> None:
    workflow = _load("workflows/ci-cd.yml")
    jobs = workflow["jobs"]
    assert workflow[True]["push"]["tags"] == ["v*"]  # PyYAML reads the key `on` as True
    assert jobs["staging"]["needs"] == ["test", "supply-chain"]
    assert jobs["production"]["needs"] == "staging"
    assert "startsWith(github.ref, 'refs/tags/v')" in jobs["production"]["if"]
    assert jobs["production"]["environment"] == "production" and jobs["staging"]["environment"] == "staging"


def test_rollback_redeploys_an_earlier_tag_without_provisioning() -> None:
    job = _load("workflows/ci-cd.yml")["jobs"]["rollback"]
    runs = _runs(job)
    assert any("^v[0-9A-Za-z.-]+$" in run for run in runs)
    checkout = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["ref"] == "refs/tags/${{ inputs.rollback_to }}"
    assert not any("azd provision" in run for run in runs) and any("scripts/smoke" in run for run in runs)


def test_supply_chain_audits_and_sboms() -> None:
    runs = "\n".join(_runs(_load("workflows/ci-cd.yml")["jobs"]["supply-chain"]))
    for needle in ("pip-audit", "npm audit", "cyclonedx-py environment", "@cyclonedx/cyclonedx-npm", "components"):
        assert needle in runs, needle


def test_dependabot_and_codeql_cover_every_ecosystem_and_language() -> None:
    updates = {(u["package-ecosystem"], u.get("directory", "")) for u in _load("dependabot.yml")["updates"]}
    assert {("pip", "/"), ("npm", "/static_web"), ("npm", "/tests")} <= updates
    assert any(ecosystem == "github-actions" for ecosystem, _ in updates)
    codeql = _load("workflows/codeql.yml")["jobs"]["analyze"]
    assert codeql["strategy"]["matrix"]["language"] == ["python", "javascript-typescript"]


def test_a_job_that_deploys_without_provisioning_first_reads_the_outputs_of_the_last_provision() -> None:
    # azd deploy and `azd env get-value STATIC_WEB_APP_URL` need the infra outputs; a fresh runner has none.
    for name, job in _load("workflows/ci-cd.yml")["jobs"].items():
        runs = _runs(job)
        if any("azd deploy" in run for run in runs) and not any("azd provision --no-prompt" in run for run in runs):
            assert (
                _index(runs, "azd-environment")
                < _index(runs, "azd env refresh --no-prompt")
                < _index(runs, "azd deploy")
            ), name


def test_each_environment_gets_one_deployment_at_a_time_across_refs() -> None:
    # A push to main and a v* tag on the same commit are two runs; both deploy staging.
    jobs = _load("workflows/ci-cd.yml")["jobs"]
    for name, group in (
        ("staging", "deploy-staging"),
        ("production", "deploy-production"),
        ("rollback", "deploy-production"),
    ):
        assert jobs[name]["concurrency"] == {"group": group, "cancel-in-progress": False}, name
